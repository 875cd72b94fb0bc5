export { default, generateMetadata } from "@/app/workshops/[slug]/page";
