// Every browser test runs with the shipped stylesheet, so visibility, focus and contrast are real.
import '../styles.css';
