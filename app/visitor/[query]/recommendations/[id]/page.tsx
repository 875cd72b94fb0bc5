export { default, generateMetadata } from "@/app/recommendations/[id]/page";
