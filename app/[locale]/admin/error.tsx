"use client";

// The admin area keeps its own boundary so an error leaves the admin navigation on screen; what
// it shows is the site-wide one.
export { default } from "../error";
