export { default, generateMetadata } from "@/app/[locale]/(site)/about/page";
