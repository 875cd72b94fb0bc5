export { default, metadata } from "@/app/[locale]/(site)/countries/page";
