"""The e-course: course, module and lesson pages; participants who sign in by mailed link,
their progress, quizzes, certificates and leader groups; the secretariat's overview."""
