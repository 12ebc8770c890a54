module chronicle

go 1.26.8

require (
	github.com/abadojack/whatlanggo v1.0.1
	golang.org/x/text v0.43.0
	gopkg.in/yaml.v3 v3.0.1
)
