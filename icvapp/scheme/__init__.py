"""What a scheme is: its definition, suites, volunteers, rota and reporting periods."""
