export { default, generateMetadata } from "@/app/[locale]/(site)/developers/page";
