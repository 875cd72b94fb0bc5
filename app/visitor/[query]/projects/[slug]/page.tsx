export { default, generateMetadata } from "@/app/projects/[slug]/page";
