"""Business rules between the views and quizgen: ORM rows in and out, quizgen values inside."""
