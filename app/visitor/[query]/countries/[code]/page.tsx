export { default, generateMetadata } from "@/app/countries/[code]/page";
