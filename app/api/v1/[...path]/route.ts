import { unknownApiPath } from "@/lib/api/handler";

// Any address under /api/v1 that the API does not have: its JSON error, whatever the method.
export const GET = unknownApiPath;
export const POST = unknownApiPath;
export const PUT = unknownApiPath;
export const PATCH = unknownApiPath;
export const DELETE = unknownApiPath;
