"""The demo scheme: a year and more of realistic, invented visits."""
