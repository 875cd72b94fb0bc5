export { default, metadata } from "@/app/(site)/countries/page";
