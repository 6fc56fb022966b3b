"""What a scheme is: its definition, places, volunteers, rota and reporting periods."""
