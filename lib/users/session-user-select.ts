import { REVIEW_USER_SELECT } from "./review-user-select";

// What signed-in pages and actions may know of the user. Never the password
// hash: that column is read only by sign-in and password change.
export const SESSION_USER_SELECT = {
  ...REVIEW_USER_SELECT,
  name: true,
  email: true,
  optimizedAt: true,
} as const;
