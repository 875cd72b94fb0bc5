export { default, generateMetadata } from "@/app/(site)/workshops/page";
