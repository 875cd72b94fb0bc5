export { default, generateMetadata } from "@/app/(site)/projects/[slug]/page";
