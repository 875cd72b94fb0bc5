export { default, metadata } from "@/app/[locale]/(site)/about/page";
