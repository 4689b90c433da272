// What the review and queue code needs of a user (TReviewUser): the API loads
// only this, not the password hash or the profile.
export const REVIEW_USER_SELECT = {
  id: true,
  timezone: true,
  dayStartHour: true,
  desiredRetention: true,
  fsrsWeights: true,
  enableFuzz: true,
  learningSteps: true,
  relearningSteps: true,
  newPerDay: true,
  reviewsPerDay: true,
  leechThreshold: true,
  // Interview answers are reviews too, unless this is off.
  interviewsUpdateSchedule: true,
} as const;
