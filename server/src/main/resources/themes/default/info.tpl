<section class="message">
  <h1>{title}</h1>
  <p>{error}</p>
</section>
