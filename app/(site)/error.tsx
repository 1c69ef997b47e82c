"use client";

// The same message as the root boundary, shown inside the public shell.
export { default } from "@/app/error";
