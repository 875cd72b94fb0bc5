export { default, generateMetadata } from "@/app/(site)/countries/[code]/page";
