export { default, metadata } from "@/app/[locale]/(site)/page";
