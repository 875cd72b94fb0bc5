export { default, generateMetadata } from "@/app/(site)/countries/page";
