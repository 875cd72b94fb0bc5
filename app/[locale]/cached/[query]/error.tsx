"use client";

// The same error page as every other page, inside this tree's own header.
export { default } from "@/app/[locale]/(site)/error";
