package ogp

// The model's types encode and decode with encoding/json as they do with
// Encode and Decode: strictly, keeping Extra members, in canonical member
// order. Package.UnmarshalJSON also checks the format version.

// MarshalJSON returns the canonical encoding of p, without indentation.
func (p Package) MarshalJSON() ([]byte, error) { return marshalPackage(&p) }

// UnmarshalJSON decodes a document as [Decode] does.
func (p *Package) UnmarshalJSON(b []byte) error { return decodeDocument(b, p) }

// MarshalJSON returns the canonical encoding of p, without indentation.
func (p Publisher) MarshalJSON() ([]byte, error) { return marshalValue(&p) }

// UnmarshalJSON decodes p strictly, keeping extra members.
func (p *Publisher) UnmarshalJSON(b []byte) error { return unmarshalValue(b, p) }

// MarshalJSON returns the canonical encoding of p, without indentation.
func (p Plan) MarshalJSON() ([]byte, error) { return marshalValue(&p) }

// UnmarshalJSON decodes p strictly, keeping extra members.
func (p *Plan) UnmarshalJSON(b []byte) error { return unmarshalValue(b, p) }

// MarshalJSON returns the canonical encoding of m, without indentation.
func (m Member) MarshalJSON() ([]byte, error) { return marshalValue(&m) }

// UnmarshalJSON decodes m strictly, keeping extra members.
func (m *Member) UnmarshalJSON(b []byte) error { return unmarshalValue(b, m) }

// MarshalJSON returns the canonical encoding of p, without indentation.
func (p Period) MarshalJSON() ([]byte, error) { return marshalValue(&p) }

// UnmarshalJSON decodes p strictly, keeping extra members.
func (p *Period) UnmarshalJSON(b []byte) error { return unmarshalValue(b, p) }

// MarshalJSON returns the canonical encoding of x, without indentation.
func (x PlanExtension) MarshalJSON() ([]byte, error) { return marshalValue(&x) }

// UnmarshalJSON decodes x strictly, keeping extra members.
func (x *PlanExtension) UnmarshalJSON(b []byte) error { return unmarshalValue(b, x) }

// MarshalJSON returns the canonical encoding of i, without indentation.
func (i Institution) MarshalJSON() ([]byte, error) { return marshalValue(&i) }

// UnmarshalJSON decodes i strictly, keeping extra members.
func (i *Institution) UnmarshalJSON(b []byte) error { return unmarshalValue(b, i) }

// MarshalJSON returns the canonical encoding of c, without indentation.
func (c Commitment) MarshalJSON() ([]byte, error) { return marshalValue(&c) }

// UnmarshalJSON decodes c strictly, keeping extra members.
func (c *Commitment) UnmarshalJSON(b []byte) error { return unmarshalValue(b, c) }

// MarshalJSON returns the canonical encoding of m, without indentation.
func (m Milestone) MarshalJSON() ([]byte, error) { return marshalValue(&m) }

// UnmarshalJSON decodes m strictly, keeping extra members.
func (m *Milestone) UnmarshalJSON(b []byte) error { return unmarshalValue(b, m) }

// MarshalJSON returns the canonical encoding of i, without indentation.
func (i Indicator) MarshalJSON() ([]byte, error) { return marshalValue(&i) }

// UnmarshalJSON decodes i strictly, keeping extra members.
func (i *Indicator) UnmarshalJSON(b []byte) error { return unmarshalValue(b, i) }

// MarshalJSON returns the canonical encoding of d, without indentation.
func (d Deadline) MarshalJSON() ([]byte, error) { return marshalValue(&d) }

// UnmarshalJSON decodes d strictly, keeping extra members.
func (d *Deadline) UnmarshalJSON(b []byte) error { return unmarshalValue(b, d) }

// MarshalJSON returns the canonical encoding of r, without indentation.
func (r Report) MarshalJSON() ([]byte, error) { return marshalValue(&r) }

// UnmarshalJSON decodes r strictly, keeping extra members.
func (r *Report) UnmarshalJSON(b []byte) error { return unmarshalValue(b, r) }
