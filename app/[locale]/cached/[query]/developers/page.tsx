export { default, metadata } from "@/app/[locale]/(site)/developers/page";
