package dev.patron.core.staff;

/** Where a staff account stands. */
public enum StaffState {
  /** Invited; signs in once they have set a password through their invitation link. */
  INVITED,
  ACTIVE,
  /** May not sign in; their sessions ended when they were disabled. */
  DISABLED
}
