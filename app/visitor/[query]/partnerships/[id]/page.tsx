export { default, generateMetadata } from "@/app/partnerships/[id]/page";
