// Everyday requests for app screens, pages and documents, written the way people ask for them.
import type { CorpusCase } from "./types";

const CASES: CorpusCase[] = [
  // Pricing
  { prompt: "pricing page with three plans: Starter $9, Pro $29, Enterprise", template: "pricing", text: ["Starter", "$9", "Pro", "$29", "Enterprise"] },
  { prompt: "a pricing table for my SaaS with Basic, Plus and Premium tiers", template: "pricing", text: ["Basic", "Plus", "Premium"] },
  { prompt: "subscription plans screen for a mobile app", template: "pricing" },
  { prompt: "Pricing section: Free, Team $12, Business $30", template: "pricing", text: ["Free", "Team", "$12", "Business", "$30"] },
  { prompt: "simple pricing cards, dark mode", template: "pricing" },
  // Product page
  { prompt: "product page for wireless headphones at $199", template: "product-page", text: ["Wireless Headphones", "$199"] },
  { prompt: "a product detail page for a leather backpack", template: "product-page", text: ["Leather Backpack"] },
  { prompt: "mobile product page for running shoes, $120", template: "product-page", text: ["$120"] },
  { prompt: "product card for a ceramic coffee mug", template: "product-page" },
  // Kanban
  { prompt: "kanban board with columns Backlog, Doing, Review and Done", template: "kanban", text: ["Backlog", "Doing", "Review", "Done"] },
  { prompt: "a trello style task board for a marketing team", template: "kanban" },
  { prompt: "sprint board with 3 columns", template: "kanban" },
  { prompt: "project board: Ideas, In progress, Shipped", template: "kanban", text: ["Ideas", "In Progress", "Shipped"] },
  // Settings
  { prompt: "settings page with toggles for dark mode, notifications and location", template: "settings", text: ["Dark Mode", "Notifications", "Location"] },
  { prompt: "iPhone settings screen", template: "settings" },
  { prompt: "app preferences screen with a toggle for email updates", template: "settings" },
  { prompt: "account settings UI for a desktop app", template: "settings" },
  // Calendar
  { prompt: "calendar for March 2026", template: "calendar", text: ["March 2026", "31"] },
  { prompt: "a monthly calendar view for February 2027 with a dentist appointment on the 3rd", template: "calendar", text: ["February 2027", "28"] },
  { prompt: "calendar app screen showing next week's meetings", template: "calendar" },
  { prompt: "wall calendar page for December 2026", template: "calendar", text: ["December 2026"] },
  { prompt: "team calendar for June with events: offsite, launch day, retro", template: "calendar", text: ["Offsite", "Launch Day", "Retro"] },
  // Chat
  { prompt: "chat app conversation about dinner plans", template: "chat" },
  { prompt: "customer support chat window", template: "chat" },
  { prompt: "a messenger screen with messages \"Are you coming?\" and \"On my way!\"", template: "chat", text: ["Are you coming?", "On my way!"] },
  { prompt: "chatbot interface for a bank", template: "chat" },
  { prompt: "whatsapp style chat with Mom", template: "chat" },
  // Email / newsletter
  { prompt: "newsletter email titled Weekly Digest with three articles", template: "email", text: ["Weekly Digest"] },
  { prompt: "welcome email for new users of Nimbus", template: "email" },
  { prompt: "marketing email for a summer sale", template: "email" },
  { prompt: "an email announcing our new feature", template: "email" },
  { prompt: "monthly newsletter for a bakery", template: "email" },
  // Music player
  { prompt: "music player app playing \"Blue in Green\" by Miles Davis", template: "music-player", text: ["Blue in Green", "Miles Davis"] },
  { prompt: "a spotify like now playing screen", template: "music-player" },
  { prompt: "podcast player UI, desktop", template: "music-player" },
  { prompt: "dark mode audio player", template: "music-player" },
  // Weather
  { prompt: "weather app for Oslo, snowy, -3°C", template: "weather", text: ["Oslo", "-3°", "Snow"] },
  { prompt: "weather widget showing sunny and 24 degrees in Lisbon", template: "weather", text: ["Lisbon", "24°", "Sunny"] },
  { prompt: "a rainy weather forecast screen for London", template: "weather", text: ["London", "Rain"] },
  { prompt: "5 day forecast with thunderstorms", template: "weather", text: ["Thunderstorm"] },
  { prompt: "weather dashboard for Tokyo, cloudy, 18 degrees", template: "weather", text: ["Tokyo", "18°", "Cloudy"] },
  // Profile
  { prompt: "profile page for Maya Chen, product designer", template: "profile", text: ["Maya Chen", "Product Designer"] },
  { prompt: "user profile screen for a mobile app", template: "profile" },
  { prompt: "social media profile with 12k followers", template: "profile" },
  { prompt: "my profile page on a photography site", template: "profile" },
  // Shop
  { prompt: "online shop selling sneakers", template: "shop", text: ["Sneakers"] },
  { prompt: "e-commerce product grid with 6 items", template: "shop" },
  { prompt: "storefront for a plant shop with Monstera $35, Fern $18, Cactus $12", template: "shop", text: ["Monstera", "$35", "Fern", "$18", "Cactus", "$12"] },
  { prompt: "shopping app screen for sunglasses", template: "shop" },
  { prompt: "marketplace listing page for used bikes", template: "shop" },
  // Map
  { prompt: "map with pins for the café, the museum and the station", template: "map", text: ["Café", "Museum", "Station"] },
  { prompt: "a city map with 5 markers", template: "map" },
  { prompt: "store locator map", template: "map" },
  { prompt: "delivery route map app with 4 stops", template: "map" },
  { prompt: "navigation app showing directions", template: "map" },
  // Business card
  { prompt: "business card for Jane Doe, architect at Studio North", template: "business-card", text: ["Jane Doe", "Architect", "Studio North"] },
  { prompt: "minimal business card for a photographer", template: "business-card" },
  { prompt: "visiting card for Dr. Omar Haddad, dentist", template: "business-card" },
  { prompt: "business cards for a coffee roastery, navy and gold", template: "business-card" },
  // Invitations and greeting cards
  { prompt: "invitation to Emma's 30th birthday on June 5 at 7 pm at The Garden", template: "invitation", text: ["Emma's 30th Birthday", "June 5", "7 pm", "The Garden"] },
  { prompt: "wedding invitation for Ana and Luis", template: "invitation" },
  { prompt: "christmas greeting card", template: "invitation", text: ["Merry Christmas"] },
  { prompt: "thank you card for my teacher", template: "invitation", text: ["Thank You"] },
  { prompt: "birthday card for mom", template: "invitation" },
  { prompt: "baby shower invite, pastel", template: "invitation", text: ["Baby Shower"] },
  { prompt: "save the date card", template: "invitation" },
  { prompt: "party invite for a summer BBQ on Saturday, July 12", template: "invitation" },
  // Loaders and text
  { prompt: "a loading spinner", template: "loader" },
  { prompt: "progress bar at 70%", template: "loader", text: ["70%"] },
  { prompt: "circular progress ring showing 45%", template: "loader", text: ["45%"] },
  { prompt: "skeleton loading screen", template: "loader" },
  { prompt: "inspirational quote card", template: "text-card" },
  { prompt: "quote card: \"Stay hungry, stay foolish\" by Steve Jobs", template: "text-card", text: ["Stay hungry, stay foolish", "— Steve Jobs"] },
  { prompt: "title card that says Chapter One", template: "text-card", text: ["Chapter One"] },
  // Words taken literally in other kinds
  { prompt: "a badge that says Top Contributor 2025", template: "badge", text: ["TOP CONTRIBUTOR 2025"] },
  { prompt: "a button labelled Buy now on a landing page", template: "landing-page" },
  { prompt: "a signup flowchart: enter email, verify email, choose a plan, done", template: "flowchart", text: ["Enter Email", "Verify Email", "Choose a Plan", "Done"] },
  { prompt: "flowchart of the user signup process: sign up, then confirm email, then complete profile", template: "flowchart", text: ["Sign Up", "Confirm Email", "Complete Profile"] },
  { prompt: "an org chart with a manager and three engineers", template: "org-chart", text: ["Manager", "Engineer"] },
  { prompt: "org chart: CEO, CTO, CFO, Head of Sales", template: "org-chart", text: ["CEO", "CTO", "CFO", "Head of Sales"] },
  { prompt: "login screen titled Welcome back", template: "form", text: ["Welcome back"] },
  // Screens that already existed, asked for in everyday words
  { prompt: "sales dashboard with revenue, orders and churn", template: "dashboard" },
  { prompt: "admin panel for an online store", template: "dashboard" },
  { prompt: "landing page for a meditation app", template: "landing-page" },
  { prompt: "homepage for a dentist", template: "landing-page" },
  { prompt: "sign up form with name, email and password", template: "form", text: ["Name", "Email", "Password"] },
  { prompt: "checkout page", template: "form" },
  { prompt: "contact us form", template: "form" },
  { prompt: "habit tracker mobile app", template: "mobile-app" },
  { prompt: "table of employees with name, role and salary", template: "table" },
  { prompt: "leaderboard for a running club", template: "table" },
];

export default CASES;
