// The UI and document templates, by kind; index.ts spreads this into its composer table.
import type { Composer } from "../composer";
import type { TemplateKind } from "./rules";
import { businessCard } from "./business-card";
import { certificate } from "./certificate";
import { checklist } from "./checklist";
import { errorPage } from "./error-page";
import { invoice } from "./invoice";
import { menu } from "./menu";
import { planner } from "./planner";
import { recipe } from "./recipe";
import { reportCard } from "./report-card";
import { ticket } from "./ticket";
import { calendar } from "./calendar";
import { chat } from "./chat";
import { email } from "./email";
import { invitation } from "./invitation";
import { kanban } from "./kanban";
import { loader } from "./loader";
import { map } from "./map";
import { musicPlayer } from "./music-player";
import { poster } from "./poster";
import { pricing } from "./pricing";
import { productPage } from "./product-page";
import { profile } from "./profile";
import { shop } from "./shop";
import { textCard } from "./text-card";
import { settings } from "./settings";
import { weather } from "./weather";

export const TEMPLATE_COMPOSERS: Partial<Record<TemplateKind, Composer>> = {
  pricing,
  kanban,
  settings,
  calendar,
  chat,
  email,
  "music-player": musicPlayer,
  weather,
  profile,
  shop,
  "product-page": productPage,
  map,
  "business-card": businessCard,
  invitation,
  loader,
  "text-card": textCard,
  poster,
  recipe,
  ticket,
  certificate,
  menu,
  checklist,
  "error-page": errorPage,
  planner,
  invoice,
  "report-card": reportCard,
};
