export { default, generateMetadata } from "@/app/(site)/about/page";
