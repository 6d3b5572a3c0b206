// The roles, in the order the server ranks them (operator < supervisor < admin): a role may do what the
// roles below it may. What each may write is the server's (RequireRole, ConfigController's writeRole); the
// console offers a form only to a role whose save the server would accept.

const ranks = ["operator", "supervisor", "admin"];

/** Whether `role` is at least `minimum`. */
export function roleIncludes(role, minimum) {
  const rank = ranks.indexOf(role);
  return rank >= 0 && rank >= ranks.indexOf(minimum);
}
