export { default, generateMetadata } from "@/app/[locale]/(site)/partnerships/[id]/page";
