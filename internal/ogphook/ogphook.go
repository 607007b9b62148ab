// Package ogphook lets this module's packages decode a document they have
// already parsed with jsonnode, without parsing it again and without
// widening package ogp's public API.
package ogphook

import "github.com/ogpx/interchange/internal/jsonnode"

// DecodeTree decodes the document data, already parsed as root, into p, a
// *ogp.Package, as ogp.Decode would. Package ogp sets it when it is
// initialised, so any package that imports ogp can call it.
var DecodeTree func(data []byte, root *jsonnode.Node, p any) error
