export { default, generateMetadata } from "@/app/(site)/recommendations/[id]/page";
