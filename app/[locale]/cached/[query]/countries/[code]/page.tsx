export { default, generateMetadata } from "@/app/[locale]/(site)/countries/[code]/page";
