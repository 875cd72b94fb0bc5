export default function HomePage() {
  return <h1>ASEM Culture Portal</h1>;
}
