package main

// The jurisdictions whose profiles "ogp validate --profile" knows: each
// registers itself when imported.
import _ "github.com/ogpx/interchange/canada"
