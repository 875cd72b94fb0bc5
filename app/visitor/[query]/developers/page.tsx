export { default, metadata } from "@/app/developers/page";
