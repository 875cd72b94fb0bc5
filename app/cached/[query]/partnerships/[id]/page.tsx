export { default, generateMetadata } from "@/app/(site)/partnerships/[id]/page";
