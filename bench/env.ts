/** A whole number of at least 1 from the environment variable `name`, else `fallback`. */
export const positive = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback)
  if (!Number.isInteger(value) || value < 1) throw new Error(name + ' must be a positive whole number')
  return value
}
