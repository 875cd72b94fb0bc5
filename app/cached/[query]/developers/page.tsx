export { default, metadata } from "@/app/(site)/developers/page";
