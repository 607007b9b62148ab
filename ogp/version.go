package ogp

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/Masterminds/semver/v3"

	"github.com/ogpx/interchange/internal/rules"
)

// Version is the format version this library writes, and the newest it
// fully understands. The format follows semantic versioning: a minor version
// only adds optional members, and codes to open code lists (policy areas),
// so this library reads every 1.x document; a closed code list (statuses,
// member kinds, hemispheres) changes only with a major version, since every
// reader must understand each of its codes; a new major version may change
// anything, so this library reads none.
const Version = "1.0.0"

var libraryVersion = semver.MustParse(Version)

// Compatibility says how a document's format version relates to [Version].
type Compatibility int

const (
	// Understood: the document's version is Version or older within its
	// major version (a newer patch too); every member is understood.
	Understood Compatibility = iota
	// NewerMinor: the document is of a newer minor version of the same
	// major version. It decodes; the members that version added are kept in
	// Extra and written back, but this library does not know what they mean.
	NewerMinor
)

// ErrUnsupportedVersion is wrapped by every [*VersionError].
var ErrUnsupportedVersion = errors.New("unsupported format version")

// VersionError reports a format version this library cannot read: a missing
// or malformed one, or one of another major version.
type VersionError struct {
	// Version is the version found, "" when there is none.
	Version string
	// Reason says what is wrong with it.
	Reason string
}

// Error says what is wrong with the version and which versions this library
// reads.
func (e *VersionError) Error() string {
	return fmt.Sprintf("%v: %s; this library reads format versions %d.x (it writes %s)",
		ErrUnsupportedVersion, e.Reason, libraryVersion.Major(), Version)
}

// Unwrap returns [ErrUnsupportedVersion].
func (e *VersionError) Unwrap() error { return ErrUnsupportedVersion }

// CheckVersion tells whether this library can read documents of format
// version v (a semantic version such as "1.0.0"), and how well. The error is
// a [*VersionError].
func CheckVersion(v string) (Compatibility, error) {
	sv, err := semver.StrictNewVersion(v)
	if err != nil && rules.FormatVersion.Match(v) {
		// A version of this major version whose numbers are too big for
		// semver's integers: compare its minor version as digits.
		minor, _, _ := strings.Cut(v[strings.IndexByte(v, '.')+1:], ".")
		ours := strconv.FormatUint(libraryVersion.Minor(), 10)
		if len(minor) > len(ours) || len(minor) == len(ours) && minor > ours {
			return NewerMinor, nil
		}
		return Understood, nil
	}
	if err != nil {
		return 0, &VersionError{Version: v, Reason: fmt.Sprintf("%q is not a semantic version such as %q", v, Version)}
	}
	if sv.Major() != libraryVersion.Major() {
		return 0, &VersionError{Version: v, Reason: fmt.Sprintf("version %s is of major version %d", v, sv.Major())}
	}
	if sv.Minor() > libraryVersion.Minor() {
		return NewerMinor, nil
	}
	return Understood, nil
}
