export { default, metadata } from "@/app/workshops/page";
