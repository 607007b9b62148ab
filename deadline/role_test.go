package deadline

import "testing"

// The roles of a date the work is due by are due, interim and until; a
// reference, a start or a superseded date is no deadline.
func TestRoleDueIsADateTheWorkIsDueBy(t *testing.T) {
	for r, want := range map[Role]bool{
		RoleDue: true, RoleInterim: true, RoleUntil: true,
		RoleReference: false, RoleStart: false, RoleSuperseded: false, "": false,
	} {
		if r.Due() != want {
			t.Errorf("Role(%q).Due() = %v, want %v", r, !want, want)
		}
	}
}
