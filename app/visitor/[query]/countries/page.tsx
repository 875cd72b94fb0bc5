export { default, metadata } from "@/app/countries/page";
