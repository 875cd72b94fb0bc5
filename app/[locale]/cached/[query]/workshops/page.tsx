export { default, metadata } from "@/app/[locale]/(site)/workshops/page";
