export { default, metadata } from "@/app/(site)/workshops/page";
